import type { FactCarriers } from '../../src/model/index.js';

/**
 * Facts the AWS linkers (collectors/index.ts `awsLinkers`) set across records, per native type:
 * an endpoint config's outbound restriction from its models' isolation, what an endpoint inherits
 * from its config (all but dataCapture) and its reachability (endpoint-exposure.ts), a user
 * profile's privilege from its execution role, a bucket's data events from the trails, a
 * monitoring schedule's settings from its job definition.
 */
export const AWS_LINKED_FACTS: FactCarriers = {
  'AWS::S3::Bucket': ['dataEventsLogged'],
  'AWS::SageMaker::Endpoint': ['publicNetworkAccess', 'outboundRestricted', 'encryption', 'encryptionKeyId', 'instanceCount', 'serverless'],
  'AWS::SageMaker::EndpointConfig': ['outboundRestricted'],
  'AWS::SageMaker::MonitoringSchedule': ['inVirtualNetwork', 'networkIsolation', 'encryption', 'transitEncryption'],
  'AWS::SageMaker::UserProfile': ['privilege', 'wildcardActions'],
};

/**
 * Per native type, every fact an AWS scan can set: the collectors' `facts`, AWS_LINKED_FACTS and
 * `tagsRead`. Static data, so importing the plugin stays cheap (the collectors load the SDKs);
 * test/providers/aws/fact-carriers.test.ts fails when it differs from the declarations.
 */
export const awsFactCarriers: FactCarriers = {
  'AWS::Bedrock::Agent': ['contentFilter', 'encryption', 'encryptionKeyId', 'tagsRead'],
  'AWS::Bedrock::AgentActionGroup': ['tagsRead'],
  'AWS::Bedrock::CustomModel': ['inVirtualNetwork', 'encryption', 'encryptionKeyId', 'tagsRead'],
  'AWS::Bedrock::DataSource': ['encryption', 'encryptionKeyId', 'tagsRead'],
  'AWS::Bedrock::EvaluationJob': ['encryption', 'encryptionKeyId', 'tagsRead'],
  'AWS::Bedrock::Guardrail': ['encryption', 'encryptionKeyId', 'tagsRead'],
  'AWS::Bedrock::ImportedModel': ['encryption', 'encryptionKeyId', 'tagsRead'],
  'AWS::Bedrock::KnowledgeBase': ['tagsRead'],
  'AWS::Bedrock::ModelInvocationLoggingConfiguration': ['loggingEnabled', 'logDestinations', 'promptLoggingEnabled', 'tagsRead'],
  'AWS::Bedrock::ProvisionedModelThroughput': ['providerHostedModel', 'tagsRead'],
  'AWS::CloudTrail::Trail': ['loggingEnabled', 'logCategories', 'logDestinations', 'multiRegion', 'logFileValidation', 'dataEventsLogged', 'encryption', 'encryptionKeyId', 'tagsRead'],
  'AWS::EC2::SecurityGroup': ['ingressOpenToInternet', 'adminPortsOpenToInternet', 'outboundRestricted', 'mlRelated', 'tagsRead'],
  'AWS::EC2::Subnet': ['publicIp', 'subnetPublic', 'inVirtualNetwork', 'mlRelated', 'tagsRead'],
  'AWS::EC2::VPC': ['privateEndpoints', 'loggingEnabled', 'mlRelated', 'tagsRead'],
  'AWS::ECR::Repository': ['externalPrincipals', 'encryption', 'encryptionKeyId', 'imageScanning', 'tagImmutability', 'anonymousPull', 'mlRelated', 'tagsRead'],
  'AWS::IAM::Role': ['privilege', 'wildcardActions', 'externalPrincipals', 'principalType', 'roleName', 'tagsRead'],
  'AWS::KMS::Key': ['externalPrincipals', 'keyRotation', 'keyManager', 'mlRelated', 'tagsRead'],
  'AWS::S3::Bucket': ['publicNetworkAccess', 'publicRead', 'publicWrite', 'externalPrincipals', 'loggingEnabled', 'logDestinations', 'dataEventsLogged', 'versioning', 'mfaDelete', 'encryption', 'encryptionKeyId', 'transitEncryption', 'immutability', 'mlRelated', 'tagsRead'],
  'AWS::SageMaker::AutoMLJob': ['inVirtualNetwork', 'lineageRecorded', 'encryption', 'encryptionKeyId', 'transitEncryption', 'tagsRead'],
  'AWS::SageMaker::CompilationJob': ['inVirtualNetwork', 'encryption', 'encryptionKeyId', 'tagsRead'],
  'AWS::SageMaker::DataQualityJobDefinition': ['inVirtualNetwork', 'networkIsolation', 'encryption', 'encryptionKeyId', 'transitEncryption', 'tagsRead'],
  'AWS::SageMaker::App': ['tagsRead'],
  'AWS::SageMaker::Cluster': ['inVirtualNetwork', 'tagsRead'],
  'AWS::SageMaker::Domain': ['publicNetworkAccess', 'directInternetAccess', 'authModes', 'inVirtualNetwork', 'encryption', 'encryptionKeyId', 'tagsRead'],
  'AWS::SageMaker::Endpoint': ['publicNetworkAccess', 'authModes', 'outboundRestricted', 'dataCapture', 'encryption', 'encryptionKeyId', 'instanceCount', 'serverless', 'tagsRead'],
  'AWS::SageMaker::EndpointConfig': ['outboundRestricted', 'dataCapture', 'encryption', 'encryptionKeyId', 'instanceCount', 'serverless', 'tagsRead'],
  'AWS::SageMaker::FeatureGroup': ['encryption', 'encryptionKeyId', 'tagsRead'],
  'AWS::SageMaker::InferenceComponent': ['tagsRead'],
  'AWS::SageMaker::MlflowTrackingServer': ['tagsRead'],
  'AWS::SageMaker::HyperParameterTuningJob': ['inVirtualNetwork', 'networkIsolation', 'lineageRecorded', 'encryption', 'encryptionKeyId', 'transitEncryption', 'tagsRead'],
  'AWS::SageMaker::Model': ['inVirtualNetwork', 'networkIsolation', 'registered', 'tagsRead'],
  'AWS::SageMaker::ModelBiasJobDefinition': ['inVirtualNetwork', 'networkIsolation', 'encryption', 'encryptionKeyId', 'transitEncryption', 'tagsRead'],
  'AWS::SageMaker::ModelCard': ['encryption', 'encryptionKeyId', 'tagsRead'],
  'AWS::SageMaker::ModelExplainabilityJobDefinition': ['inVirtualNetwork', 'networkIsolation', 'encryption', 'encryptionKeyId', 'transitEncryption', 'tagsRead'],
  'AWS::SageMaker::ModelPackage': ['registered', 'approvalStatus', 'lineageRecorded', 'tagsRead'],
  'AWS::SageMaker::ModelPackageGroup': ['externalPrincipals', 'registered', 'tagsRead'],
  'AWS::SageMaker::ModelQualityJobDefinition': ['inVirtualNetwork', 'networkIsolation', 'encryption', 'encryptionKeyId', 'transitEncryption', 'tagsRead'],
  'AWS::SageMaker::MonitoringSchedule': ['inVirtualNetwork', 'networkIsolation', 'encryption', 'encryptionKeyId', 'transitEncryption', 'tagsRead'],
  'AWS::SageMaker::NotebookInstanceLifecycleConfig': ['scriptSecrets', 'tagsRead'],
  'AWS::SageMaker::NotebookInstance': ['directInternetAccess', 'rootAccess', 'inVirtualNetwork', 'encryption', 'encryptionKeyId', 'tagsRead'],
  'AWS::SageMaker::Pipeline': ['tagsRead'],
  'AWS::SageMaker::Space': ['tagsRead'],
  'AWS::SageMaker::StudioLifecycleConfig': ['scriptSecrets', 'tagsRead'],
  'AWS::SageMaker::ProcessingJob': ['inVirtualNetwork', 'networkIsolation', 'encryption', 'encryptionKeyId', 'transitEncryption', 'tagsRead'],
  'AWS::SageMaker::TrainingJob': ['inVirtualNetwork', 'networkIsolation', 'lineageRecorded', 'encryption', 'encryptionKeyId', 'transitEncryption', 'tagsRead'],
  'AWS::SageMaker::TransformJob': ['encryption', 'encryptionKeyId', 'tagsRead'],
  'AWS::SageMaker::UserProfile': ['privilege', 'wildcardActions', 'principalType', 'tagsRead'],
};
