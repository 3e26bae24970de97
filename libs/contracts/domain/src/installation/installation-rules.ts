import {
  type BusinessDate,
  ConflictError,
  DomainError,
  ForbiddenError,
  isBusinessDate,
} from '@sales/shared/domain';
import { SCREEN_ENVIRONMENTS, SCREEN_MOUNTINGS, type ScreenRequirement } from '@sales/contracts/events';
import type { ContractView } from '../signing/contract-terms';
import type { InstallationPerson } from './installation-commands';
import type { InstallationParty } from './installation-events';
import type { InstallationState } from './installation-state';

/** 市场部主管 (sales_admin) assigns installers. */
export function assertSalesAdmin(by: InstallationPerson): void {
  if (by.role !== 'sales_admin') throw new ForbiddenError('installation-sales-admin-only', { role: by.role });
}

export const isAssignedInstaller = (by: InstallationPerson, state: InstallationState) =>
  by.role === 'installer' && state.installerIds.includes(by.personId);

/** Site work is reported by the installers assigned to the contract. */
export function assertAssignedInstaller(
  by: InstallationPerson,
  state: InstallationState,
  contractId: string,
) {
  if (!isAssignedInstaller(by, state))
    throw new ForbiddenError('installer-not-assigned', { personId: by.personId, contractId });
}

/** Planned dates are set by the sales admin or the contract's owner. */
export function assertPlanner(by: InstallationPerson, contract: ContractView): void {
  if (by.role !== 'sales_admin' && by.personId !== contract.ownerId)
    throw new ForbiddenError('installation-planner-not-allowed', { role: by.role });
}

export function assertDate(field: string, value: unknown): asserts value is BusinessDate {
  if (!isBusinessDate(value)) throw new DomainError('installation-date-invalid', { field });
}

/** Work on site dated after today has not happened yet. */
export function assertNotFuture(field: string, date: BusinessDate, today: BusinessDate): void {
  if (date > today) throw new DomainError('installation-date-in-future', { field, date, today });
}

export function assertText(
  field: string,
  value: unknown,
  code: 'installation-reason-required' | 'installation-text-required',
): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (!trimmed) {
    if (code === 'installation-reason-required')
      throw new DomainError('installation-reason-required', { field });
    throw new DomainError('installation-text-required', { field });
  }
  return trimmed;
}

export function assertOpen(contract: ContractView): void {
  if (contract.status === 'terminated')
    throw new ConflictError('installation-contract-terminated', {
      contractId: contract.terms.contractId,
      terminatedOn: contract.terminatedOn,
    });
}

const MAX_MM = 1_000_000;

/** Sizes in whole millimetres, pitch in whole micrometres (P2.5 = 2500), known environment and mounting. */
export function assertScreens(screens: readonly ScreenRequirement[]): ScreenRequirement[] {
  if (!Array.isArray(screens) || screens.length === 0)
    throw new DomainError('screen-requirement-invalid', { field: 'screens' });
  return screens.map((screen, i) => {
    const field = (name: string) => `screens[${i}].${name}`;
    const name = typeof screen.name === 'string' ? screen.name.trim() : '';
    if (!name) throw new DomainError('screen-requirement-invalid', { field: field('name') });
    for (const key of ['widthMm', 'heightMm', 'pixelPitchUm'] as const) {
      const value = screen[key];
      if (!Number.isSafeInteger(value) || value <= 0 || value > MAX_MM)
        throw new DomainError('screen-requirement-invalid', { field: field(key) });
    }
    if (!(SCREEN_ENVIRONMENTS as readonly string[]).includes(screen.environment))
      throw new DomainError('screen-requirement-invalid', { field: field('environment') });
    if (!(SCREEN_MOUNTINGS as readonly string[]).includes(screen.mounting))
      throw new DomainError('screen-requirement-invalid', { field: field('mounting') });
    return { ...screen, name };
  });
}

export function partyOf(contract: ContractView): InstallationParty {
  return {
    contractId: contract.terms.contractId,
    customerId: contract.terms.customerId,
    ownerId: contract.ownerId,
    divisionId: contract.divisionId,
  };
}
