/**
 * The part of OCSF 1.3.0 (https://schema.ocsf.io/1.3.0) that mlscan writes, as zod schemas: the
 * Findings category (2), classes Compliance Finding (2003) and Detection Finding (2004), with the
 * cloud profile. No npm package ships the OCSF schema, so the attributes are transcribed from the
 * published spec (ocsf-schema: events/base_event.json, events/findings/finding.json,
 * compliance_finding.json, detection_finding.json, objects/*.json). Required attributes are
 * required here, recommended ones optional, and every enum is the spec's list of ids (0 Unknown
 * and 99 Other exist in every OCSF enum).
 */
import { z } from 'zod';

export const OCSF_VERSION = '1.3.0';
export const FINDINGS_CATEGORY_UID = 2;
export const COMPLIANCE_FINDING_CLASS_UID = 2003;
export const DETECTION_FINDING_CLASS_UID = 2004;
/** Finding activity 1: Create (a finding was created). */
export const CREATE_ACTIVITY_ID = 1;

/** severity_id of base_event: 1 Informational .. 5 Critical, 6 Fatal. */
export const OCSF_SEVERITIES = { 0: 'Unknown', 1: 'Informational', 2: 'Low', 3: 'Medium', 4: 'High', 5: 'Critical', 6: 'Fatal', 99: 'Other' } as const;
/** status_id of a finding: where it is in triage. */
export const OCSF_FINDING_STATUSES = { 0: 'Unknown', 1: 'New', 2: 'In Progress', 3: 'Suppressed', 4: 'Resolved', 99: 'Other' } as const;
/** status_id of the compliance object: the result of the check. */
export const OCSF_COMPLIANCE_STATUSES = { 0: 'Unknown', 1: 'Pass', 2: 'Warning', 3: 'Fail', 99: 'Other' } as const;
/** account.type_id values for cloud accounts. */
export const OCSF_ACCOUNT_TYPES = { 10: 'AWS Account', 11: 'GCP Project', 13: 'Azure Subscription' } as const;

const enumId = (values: Record<number, string>) => z.literal(Object.keys(values).map(Number));
/** OCSF timestamp_t: milliseconds since the Unix epoch. */
const Timestamp = z.number().int().nonnegative();

export const OcsfProductSchema = z.object({ name: z.string().min(1), vendor_name: z.string().min(1), version: z.string().optional() }).strict();

export const OcsfMetadataSchema = z
  .object({
    version: z.literal(OCSF_VERSION).describe('Schema version the event follows (required)'),
    product: OcsfProductSchema.describe('Product that reported the event (required)'),
    uid: z.string().optional().describe('Event id: the finding fingerprint'),
    profiles: z.array(z.string()).optional(),
    logged_time: Timestamp.optional(),
  })
  .strict();

export const OcsfAccountSchema = z
  .object({ uid: z.string().min(1), type_id: enumId(OCSF_ACCOUNT_TYPES).optional(), type: z.string().optional(), name: z.string().optional() })
  .strict();

export const OcsfCloudSchema = z
  .object({ provider: z.string().min(1).describe('Cloud provider (required)'), account: OcsfAccountSchema.optional(), region: z.string().optional() })
  .strict();

export const OcsfAnalyticSchema = z
  .object({ uid: z.string(), name: z.string().optional(), type_id: z.literal(1).describe('1: Rule'), type: z.literal('Rule').optional(), category: z.string().optional() })
  .strict();

export const OcsfFindingInfoSchema = z
  .object({
    uid: z.string().min(1).describe('Finding id (required)'),
    title: z.string().describe('Title (recommended; mlscan always sets it)'),
    desc: z.string().optional(),
    types: z.array(z.string()).optional(),
    analytic: OcsfAnalyticSchema.optional(),
    created_time: Timestamp.optional(),
    first_seen_time: Timestamp.optional(),
    last_seen_time: Timestamp.optional(),
    src_url: z.string().optional(),
  })
  .strict();

export const OcsfResourceSchema = z
  .object({
    uid: z.string().optional(),
    type: z.string().optional(),
    name: z.string().optional(),
    region: z.string().optional(),
    labels: z.array(z.string()).optional(),
    cloud_partition: z.string().optional(),
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

export const OcsfRemediationSchema = z.object({ desc: z.string().describe('Required'), references: z.array(z.string()).optional() }).strict();

export const OcsfComplianceSchema = z
  .object({
    standards: z.array(z.string()).min(1).describe('Standards the check belongs to (required)'),
    requirements: z.array(z.string()).optional(),
    control: z.string().optional(),
    status_id: enumId(OCSF_COMPLIANCE_STATUSES).optional(),
    status: z.string().optional(),
    status_detail: z.string().optional(),
  })
  .strict();

/** Attributes every finding event has (base_event plus finding). */
const FindingEventBase = z.object({
  activity_id: z.literal(CREATE_ACTIVITY_ID),
  activity_name: z.literal('Create').optional(),
  category_uid: z.literal(FINDINGS_CATEGORY_UID),
  category_name: z.literal('Findings').optional(),
  type_uid: z.number().int(),
  type_name: z.string().optional(),
  severity_id: enumId(OCSF_SEVERITIES),
  severity: z.string().optional(),
  status_id: enumId(OCSF_FINDING_STATUSES).optional(),
  status: z.string().optional(),
  time: Timestamp,
  message: z.string().optional(),
  metadata: OcsfMetadataSchema,
  cloud: OcsfCloudSchema.describe('Required by the cloud profile'),
  finding_info: OcsfFindingInfoSchema,
  resources: z.array(OcsfResourceSchema).optional(),
  remediation: OcsfRemediationSchema.optional(),
  unmapped: z.record(z.string(), z.unknown()).optional(),
});

export const OcsfComplianceFindingSchema = FindingEventBase.extend({
  class_uid: z.literal(COMPLIANCE_FINDING_CLASS_UID),
  class_name: z.literal('Compliance Finding').optional(),
  compliance: OcsfComplianceSchema,
}).strict();

export const OcsfDetectionFindingSchema = FindingEventBase.extend({
  class_uid: z.literal(DETECTION_FINDING_CLASS_UID),
  class_name: z.literal('Detection Finding').optional(),
}).strict();

/** One event of mlscan's OCSF file; type_uid must be class_uid * 100 + activity_id. */
export const OcsfFindingEventSchema = z
  .discriminatedUnion('class_uid', [OcsfComplianceFindingSchema, OcsfDetectionFindingSchema])
  .refine((event) => event.type_uid === event.class_uid * 100 + event.activity_id, { message: 'type_uid must be class_uid * 100 + activity_id', path: ['type_uid'] });

export type OcsfComplianceFinding = z.infer<typeof OcsfComplianceFindingSchema>;
export type OcsfDetectionFinding = z.infer<typeof OcsfDetectionFindingSchema>;
export type OcsfFindingEvent = z.infer<typeof OcsfFindingEventSchema>;
export type OcsfCompliance = z.infer<typeof OcsfComplianceSchema>;
