import type { Guid } from './ids.js';

/**
 * What a service plan provisions. Provisioning (DESIGN.md) keys off it: an enabled `mailbox` plan
 * creates the user's mailbox, an enabled `onedrive` plan the OneDrive.
 */
export type PlanKind = 'mailbox' | 'onedrive' | 'other';

export interface ServicePlan {
  readonly id: Guid;
  readonly name: string;
  readonly kind: PlanKind;
}

export interface SkuDefinition {
  readonly skuId: Guid;
  readonly skuPartNumber: string;
  readonly productName: string;
  readonly servicePlans: readonly ServicePlan[];
  /** T-MBX-5: the SKU includes holds, so a held mailbox becomes inactive instead of going away. */
  readonly includesHolds: boolean;
}

const plan = (name: string, id: Guid, kind: PlanKind = 'other'): ServicePlan => ({ id, name, kind });

// Service plan ids from the Entra "Product names and service plan identifiers for licensing" list
// [mem for the plan ids; the SKU ids are the ones directory-cmdlets.md section 6 cross-checked].
const P = {
  EXCHANGE_S_ENTERPRISE: plan('EXCHANGE_S_ENTERPRISE', 'efb87545-963c-4e0d-99df-69c6916d9eb0', 'mailbox'),
  EXCHANGE_S_STANDARD: plan('EXCHANGE_S_STANDARD', '9aaf7827-d63c-4b61-89c3-182f06f82e5c', 'mailbox'),
  EXCHANGE_S_DESKLESS: plan('EXCHANGE_S_DESKLESS', '4a82b400-a79f-41a4-b4e2-e94f5787b113', 'mailbox'),
  EXCHANGE_S_FOUNDATION: plan('EXCHANGE_S_FOUNDATION', '113feb6c-3fe4-4440-bddc-54d774bf0318'),
  SHAREPOINTENTERPRISE: plan('SHAREPOINTENTERPRISE', '5dbe027f-2339-4123-9542-606e4d348a72', 'onedrive'),
  SHAREPOINTSTANDARD: plan('SHAREPOINTSTANDARD', 'c7699d2e-19aa-44de-8edf-1736da088ca1', 'onedrive'),
  SHAREPOINTWAC: plan('SHAREPOINTWAC', 'e95bec33-7c88-4a70-8e19-b10bd9d0c014'),
  MCOSTANDARD: plan('MCOSTANDARD', '0feaeb32-d00e-4d66-bd5a-43b5b83db82c'),
  OFFICESUBSCRIPTION: plan('OFFICESUBSCRIPTION', '43de0ff5-c92c-492b-9116-175376d08c38'),
  TEAMS1: plan('TEAMS1', '57ff2da0-773e-42df-b2af-ffb7a2317929'),
  YAMMER_ENTERPRISE: plan('YAMMER_ENTERPRISE', '7547a3fe-08ee-4ccb-b430-5077c5041653'),
  FORMS_PLAN_E3: plan('FORMS_PLAN_E3', '2789c901-c14e-48ab-a76a-be334d9d793a'),
  PROJECTWORKMANAGEMENT: plan('PROJECTWORKMANAGEMENT', 'b737dad2-2f6c-4c65-90e3-ca563267e8b9'),
  SWAY: plan('SWAY', 'a23b959c-7ce8-4e57-9140-b90eb88a9e97'),
  RMS_S_ENTERPRISE: plan('RMS_S_ENTERPRISE', 'bea4c11e-220a-4e6d-8eb8-8ea15d019f90'),
  MCOEV: plan('MCOEV', '4828c8ec-dc2e-4779-b502-87ac9ce28ab7'),
  MCOMEETADV: plan('MCOMEETADV', '3e26ee1f-8a5f-4d52-aee2-b81ce45c8f40'),
  LOCKBOX_ENTERPRISE: plan('LOCKBOX_ENTERPRISE', '9f431833-0334-42de-a7dc-70aa40db46db'),
  BI_AZURE_P2: plan('BI_AZURE_P2', '70d33638-9c74-4d01-bfd3-562de28bd4ba'),
  AAD_PREMIUM: plan('AAD_PREMIUM', '41781fb2-bc02-4b7c-bd55-b576c07bb09d'),
  AAD_PREMIUM_P2: plan('AAD_PREMIUM_P2', 'eec0eb4f-6444-4f95-aba0-50c24d67f998'),
  MFA_PREMIUM: plan('MFA_PREMIUM', '8a256a2b-b617-496d-b51b-e76466e88db0'),
  INTUNE_A: plan('INTUNE_A', 'c1ec4a95-1f05-45b3-a911-aa3fa01094f5'),
  RMS_S_PREMIUM: plan('RMS_S_PREMIUM', '6c57d4b6-3b23-47a5-9bc9-69f17b4947b3'),
  FLOW_P2_VIRAL: plan('FLOW_P2_VIRAL', '50e68c76-46c6-4674-81f9-75456511b170'),
} as const;

const sku = (
  skuPartNumber: string,
  skuId: Guid,
  productName: string,
  servicePlans: readonly ServicePlan[],
  includesHolds = false,
): SkuDefinition => ({ skuId, skuPartNumber, productName, servicePlans, includesHolds });

const E3_PLANS = [
  P.EXCHANGE_S_ENTERPRISE,
  P.SHAREPOINTENTERPRISE,
  P.SHAREPOINTWAC,
  P.MCOSTANDARD,
  P.OFFICESUBSCRIPTION,
  P.TEAMS1,
  P.YAMMER_ENTERPRISE,
  P.FORMS_PLAN_E3,
  P.PROJECTWORKMANAGEMENT,
  P.SWAY,
  P.RMS_S_ENTERPRISE,
];
const E5_PLANS = [...E3_PLANS, P.MCOEV, P.MCOMEETADV, P.LOCKBOX_ENTERPRISE, P.BI_AZURE_P2];
const EMS_E3_PLANS = [P.AAD_PREMIUM, P.MFA_PREMIUM, P.INTUNE_A, P.RMS_S_PREMIUM, P.EXCHANGE_S_FOUNDATION];

/** The SKUs a tenant can subscribe to (New-TenantSubscription refuses others). */
export const SKU_CATALOG: readonly SkuDefinition[] = [
  sku('STANDARDPACK', '18181a46-0d4e-45cd-891e-60aabd171b4e', 'Office 365 E1', [
    P.EXCHANGE_S_STANDARD,
    P.SHAREPOINTSTANDARD,
    P.SHAREPOINTWAC,
    P.MCOSTANDARD,
    P.TEAMS1,
    P.SWAY,
  ]),
  sku('ENTERPRISEPACK', '6fd2c87f-b296-42f0-b197-1e91e994b900', 'Office 365 E3', E3_PLANS, true),
  sku('ENTERPRISEPREMIUM', 'c7df2760-2c81-4ef7-b578-5b5392b571df', 'Office 365 E5', E5_PLANS, true),
  sku(
    'SPE_E3',
    '05e9a617-0261-4cee-bb44-138d3ef5d965',
    'Microsoft 365 E3',
    [...E3_PLANS, ...EMS_E3_PLANS],
    true,
  ),
  sku(
    'SPE_E5',
    '06ebc4ee-1bb5-47dd-8120-11324bc54e06',
    'Microsoft 365 E5',
    [...E5_PLANS, ...EMS_E3_PLANS, P.AAD_PREMIUM_P2],
    true,
  ),
  sku('O365_BUSINESS_ESSENTIALS', '3b555118-da6a-4418-894f-7df1e2096870', 'Microsoft 365 Business Basic', [
    P.EXCHANGE_S_STANDARD,
    P.SHAREPOINTSTANDARD,
    P.SHAREPOINTWAC,
    P.TEAMS1,
  ]),
  sku('O365_BUSINESS_PREMIUM', 'f245ecc8-75af-4f8e-b61f-27d8114de5f3', 'Microsoft 365 Business Standard', [
    P.EXCHANGE_S_STANDARD,
    P.SHAREPOINTSTANDARD,
    P.SHAREPOINTWAC,
    P.OFFICESUBSCRIPTION,
    P.TEAMS1,
  ]),
  sku(
    'SPB',
    'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46',
    'Microsoft 365 Business Premium',
    [
      P.EXCHANGE_S_STANDARD,
      P.SHAREPOINTSTANDARD,
      P.SHAREPOINTWAC,
      P.OFFICESUBSCRIPTION,
      P.TEAMS1,
      P.AAD_PREMIUM,
      P.INTUNE_A,
    ],
    true,
  ),
  sku('EXCHANGESTANDARD', '4b9405b0-7788-4568-add1-99614e613b69', 'Exchange Online (Plan 1)', [
    P.EXCHANGE_S_STANDARD,
  ]),
  sku(
    'EXCHANGEENTERPRISE',
    '19ec0d23-8335-4cbd-94ac-6050e30712fa',
    'Exchange Online (Plan 2)',
    [P.EXCHANGE_S_ENTERPRISE],
    true,
  ),
  sku('EMS', 'efccb6f7-5641-4e0e-bd10-b4976e1bf68e', 'Enterprise Mobility + Security E3', EMS_E3_PLANS),
  sku('EMSPREMIUM', 'b05e124f-c7cc-45a0-a6aa-8cf78c946968', 'Enterprise Mobility + Security E5', [
    ...EMS_E3_PLANS,
    P.AAD_PREMIUM_P2,
  ]),
  sku('AAD_PREMIUM', '078d2b04-f1bd-4111-bbd4-b4b1b354cef4', 'Microsoft Entra ID P1', [
    P.AAD_PREMIUM,
    P.MFA_PREMIUM,
  ]),
  sku('POWER_BI_PRO', 'f8a1db68-be16-40ed-86d5-cb42ce701560', 'Power BI Pro', [
    P.BI_AZURE_P2,
    P.EXCHANGE_S_FOUNDATION,
  ]),
  sku('FLOW_FREE', 'f30db892-07e9-47e9-837c-80727f46fd3d', 'Power Automate Free', [
    P.FLOW_P2_VIRAL,
    P.EXCHANGE_S_FOUNDATION,
  ]),
];

const bySkuId = new Map(SKU_CATALOG.map((s) => [s.skuId, s]));
const byPart = new Map(SKU_CATALOG.map((s) => [s.skuPartNumber.toUpperCase(), s]));

export const skuById = (skuId: Guid): SkuDefinition | undefined => bySkuId.get(skuId.toLowerCase());
export const skuByPartNumber = (part: string): SkuDefinition | undefined => byPart.get(part.toUpperCase());

/** The plans of a license that are switched on, i.e. not listed in its disabledPlans. */
export const enabledPlans = (def: SkuDefinition, disabledPlans: readonly Guid[]): ServicePlan[] =>
  def.servicePlans.filter((p) => !disabledPlans.includes(p.id));
