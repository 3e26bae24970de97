import type { ArgumentsHost, CallHandler, ExecutionContext } from '@nestjs/common';
import { ForbiddenError } from '@sales/shared/domain';
import { of } from 'rxjs';
import { ContextErrorMessagesInterceptor, errorMessagesOf } from './context-error-messages.interceptor';
import {
  type DetailsWithNames,
  type ErrorMessageCatalogue,
  PLATFORM_ERROR_MESSAGES,
  localize,
  namedId,
} from './error-messages';
import { ProblemFilter } from './problem.filter';

const orgMessages: ErrorMessageCatalogue = {
  'not-your-division': {
    zh: '只能调动本事业部人员（{personId}）',
    en: 'only people of your own division ({personId})',
  },
};
const targetsMessages: ErrorMessageCatalogue = {
  'not-your-division': {
    zh: '只能处理本人负责的事业部（{divisionId}）',
    en: 'only the manager of {divisionId}',
  },
  'forbidden-role': { zh: '角色 {role} 无权执行此操作', en: 'role {role} may not do this' },
};

describe('localize', () => {
  it('words a code with the catalogue of the answering context', () => {
    const details = { personId: 'p-li', divisionId: 'd-east' };
    expect(localize('not-your-division', details, orgMessages)).toEqual({
      zh: '只能调动本事业部人员（p-li）',
      en: 'only people of your own division (p-li)',
    });
    expect(localize('not-your-division', details, targetsMessages)).toEqual({
      zh: '只能处理本人负责的事业部（d-east）',
      en: 'only the manager of d-east',
    });
  });

  it('falls back to the platform catalogue, and a context may word a platform code its own way', () => {
    expect(localize('concurrency-conflict', {}, orgMessages)).toEqual(
      PLATFORM_ERROR_MESSAGES['concurrency-conflict'],
    );
    expect(localize('forbidden-role', { role: 'finance' }, orgMessages)).toEqual(
      PLATFORM_ERROR_MESSAGES['forbidden-role'],
    );
    expect(localize('forbidden-role', { role: 'finance' }, targetsMessages).zh).toBe(
      '角色 财务 无权执行此操作',
    );
  });

  it('never borrows another context’s text: outside a context a context code is only named', () => {
    expect(localize('not-your-division', {})).toEqual({
      zh: '请求被拒绝（not-your-division）',
      en: 'request refused (not-your-division)',
    });
    expect(localize('constructor', {}, orgMessages).en).toBe('request refused (constructor)');
  });
});

describe('ProblemFilter with the answering context', () => {
  function answer(interceptor: ContextErrorMessagesInterceptor | null, error: unknown) {
    const request = { method: 'POST' };
    const http = { getRequest: () => request, getResponse: () => response };
    const response = { status: jest.fn(() => ({ json })) };
    const json = jest.fn();
    const host = { getType: () => 'http', switchToHttp: () => http } as unknown as ExecutionContext &
      ArgumentsHost;
    interceptor?.intercept(host, { handle: () => of(null) } as CallHandler);
    new ProblemFilter().catch(error, host);
    return { status: (response.status.mock.calls[0] as unknown[])[0], body: json.mock.calls[0][0], request };
  }

  it('answers the same code with the text of the context whose route threw it', () => {
    const error = new ForbiddenError('not-your-division', { personId: 'p-li', divisionId: 'd-east' });
    const org = answer(new ContextErrorMessagesInterceptor({ context: 'org', messages: orgMessages }), error);
    const targets = answer(
      new ContextErrorMessagesInterceptor({ context: 'targets', messages: targetsMessages }),
      error,
    );
    expect(errorMessagesOf(org.request)?.context).toBe('org');
    expect([org.status, org.body.error, org.body.message.zh]).toEqual([
      403,
      'not-your-division',
      '只能调动本事业部人员（p-li）',
    ]);
    expect([targets.status, targets.body.error, targets.body.message.zh]).toEqual([
      403,
      'not-your-division',
      '只能处理本人负责的事业部（d-east）',
    ]);
  });

  it('answers outside any context (a guard, /health) with the platform catalogue', () => {
    const { body } = answer(null, new ForbiddenError('forbidden-role', { role: 'finance' }));
    expect(body.message).toEqual(PLATFORM_ERROR_MESSAGES['forbidden-role']);
  });
});

describe('names of people and divisions in messages', () => {
  const catalogue = {
    'no-targets': { zh: '{unit} 还有业务人员没有目标：{personIds}', en: '{unit}: {personIds} have none' },
  };
  const labels = {
    unit: (value: unknown, details: DetailsWithNames) => ({
      zh: namedId(String(value).replace('division:', ''), details),
      en: String(value),
    }),
  };

  it('an id the details name is shown with its name, in lists and through labels', () => {
    const details = {
      unit: 'division:d-east',
      personIds: ['p-li', 'p-new'],
      names: { 'd-east': '华东事业部', 'p-li': '李娜' },
    };
    expect(localize('no-targets', details, catalogue, labels).zh).toBe(
      '华东事业部（d-east） 还有业务人员没有目标：李娜（p-li）, p-new',
    );
  });

  it('names only what the map itself holds (not Object.prototype)', () => {
    expect(namedId('constructor', { names: {} })).toBe('constructor');
    expect(namedId('toString', {})).toBe('toString');
  });
});
