import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@sales/shared/auth';
import { buildAsyncApi } from './asyncapi';
import { PlatformRegistry } from './platform-registry';
import { LOCAL_ISSUER } from './tokens';
import type { LocalIssuer } from '@sales/shared/auth';

@ApiTags('运维 operations')
@Controller()
export class ApiDocsController {
  constructor(
    private readonly registry: PlatformRegistry,
    @Inject(LOCAL_ISSUER) private readonly localIssuer: LocalIssuer | null,
  ) {}

  @Public()
  @Get('asyncapi.json')
  @ApiOperation({ summary: 'AsyncAPI 3 文档：各上下文发布的事件 / the published events of every context' })
  @ApiOkResponse({
    schema: {
      type: 'object',
      required: ['asyncapi'],
      properties: { asyncapi: { type: 'string', example: '3.0.0' } },
    },
  })
  asyncApi() {
    return buildAsyncApi(this.registry.publishedEvents(), {
      title: '业务部管理平台事件 Sales platform events',
      version: '1.0.0',
    });
  }

  /** The standalone local issuer's public keys (empty when a real OIDC provider signs tokens). */
  @Public()
  @Get('auth/jwks.json')
  @ApiOperation({ summary: '本地签发者公钥 / the local issuer’s public key set (JWKS)' })
  @ApiOkResponse({
    schema: {
      type: 'object',
      required: ['keys'],
      properties: { keys: { type: 'array', items: { type: 'object' } } },
    },
  })
  jwks() {
    return this.localIssuer ? this.localIssuer.jwks() : { keys: [] };
  }
}
