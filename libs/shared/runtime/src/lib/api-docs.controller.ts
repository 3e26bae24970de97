import { Controller, Get, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@sales/shared/auth';
import { buildAsyncApi } from './asyncapi';
import { PlatformRegistry } from './platform-registry';
import { LOCAL_ISSUER } from './tokens';
import type { LocalIssuer } from '@sales/shared/auth';

@ApiExcludeController()
@Controller()
export class ApiDocsController {
  constructor(
    private readonly registry: PlatformRegistry,
    @Inject(LOCAL_ISSUER) private readonly localIssuer: LocalIssuer | null,
  ) {}

  @Public()
  @Get('asyncapi.json')
  asyncApi() {
    return buildAsyncApi(this.registry.publishedEvents(), { title: '业务部管理平台事件 Sales platform events', version: '1.0.0' });
  }

  /** The standalone local issuer's public keys (empty when a real OIDC provider signs tokens). */
  @Public()
  @Get('auth/jwks.json')
  jwks() {
    return this.localIssuer ? this.localIssuer.jwks() : { keys: [] };
  }
}
