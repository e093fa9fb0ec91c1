// One tenant's installation of Collaboration in Azure: the Azure Bot with its Teams channel, the bot and graph-sync as
// Container Apps, PostgreSQL Flexible Server, Key Vault for the secrets, Application Insights on Log Analytics, and the
// managed identities. Deployed into one resource group (docs/operations.md, "Deploy"):
//   az deployment group create -g <group> -f infra/main.bicep -p infra/main.bicepparam
// What Bicep cannot do, an administrator does by hand: register the bot's Entra app, grant graph-sync's identity
// Sites.Selected on Microsoft Graph and the archive site, and make the Entra group the database's administrator.

targetScope = 'resourceGroup'

@description('Short name of the installation, lower case; prefixes every resource (e.g. "lk-musterkreis-forum").')
@minLength(3)
@maxLength(20)
param name string

@description('Azure region of everything but the Azure Bot, which is global.')
param location string = resourceGroup().location

@description('Client id of the bot\'s single-tenant Entra app registration (created by an administrator).')
param botAppId string

@description('Tenant of the bot\'s Entra app; the bot answers this tenant only unless allowedTenantIds says otherwise.')
param tenantId string = tenant().tenantId

@description('Client secret of the bot\'s Entra app; stored in Key Vault, never in the templates.')
@secure()
param botAppPassword string

@description('Base64 of at least 32 random bytes: the key behind anonymous answers, shared by every bot instance (docs/privacy.md).')
@secure()
param anonymitySecret string

@description('Password of the database\'s own administrator login, which the bot and graph-sync use; stored in Key Vault.')
@secure()
param databaseAdministratorPassword string

@description('Entra group whose members administer the database (sign-in with Entra tokens); object id and display name.')
param databaseEntraAdministrators object

@description('Container images of the bot and graph-sync, e.g. "registry.example/collaboration/bot:1.4.0".')
param botImage string
param graphSyncImage string

@description('Most bot replicas. Several instances share PostgreSQL; see docs/operations.md before raising it.')
@minValue(1)
@maxValue(10)
param botMaxReplicas int = 1

@description('The SharePoint site, document library and needs list graph-sync archives into (docs/installing.md, least-privilege access).')
param archiveSiteId string
param archiveDriveId string
param archiveListId string

@description('Entra object ids that moderate every series and of data-protection staff (docs/configuration.md).')
param moderatorIds array = []
param privacyAdministratorIds array = []

@description('Tags every resource carries, e.g. the cost centre of the district.')
param tags object = {}

var databaseName = 'collaboration'

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: name
    location: location
    tags: tags
  }
}

module identities 'modules/identities.bicep' = {
  name: 'identities'
  params: {
    name: name
    location: location
    tags: tags
  }
}

module database 'modules/postgres.bicep' = {
  name: 'database'
  params: {
    name: name
    location: location
    tags: tags
    tenantId: tenantId
    databaseName: databaseName
    administratorPassword: databaseAdministratorPassword
    entraAdministrators: databaseEntraAdministrators
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'vault'
  params: {
    name: name
    location: location
    tags: tags
    tenantId: tenantId
    botAppPassword: botAppPassword
    anonymitySecret: anonymitySecret
    databaseConnection: 'Host=${database.outputs.host};Database=${databaseName};Username=${database.outputs.administratorLogin};Password=${databaseAdministratorPassword};SSL Mode=Require'
    botPrincipalId: identities.outputs.botPrincipalId
    graphSyncPrincipalId: identities.outputs.graphSyncPrincipalId
  }
}

module apps 'modules/containerapps.bicep' = {
  name: 'apps'
  params: {
    name: name
    location: location
    tags: tags
    logAnalyticsWorkspaceName: monitoring.outputs.workspaceName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    botIdentityId: identities.outputs.botIdentityId
    graphSyncIdentityId: identities.outputs.graphSyncIdentityId
    graphSyncClientId: identities.outputs.graphSyncClientId
    secretUris: vault.outputs.secretUris
    botImage: botImage
    graphSyncImage: graphSyncImage
    botMaxReplicas: botMaxReplicas
    botAppId: botAppId
    tenantId: tenantId
    archiveSiteId: archiveSiteId
    archiveDriveId: archiveDriveId
    archiveListId: archiveListId
    moderatorIds: moderatorIds
    privacyAdministratorIds: privacyAdministratorIds
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: name
    tags: tags
    botAppId: botAppId
    tenantId: tenantId
    endpoint: 'https://${apps.outputs.botHost}/api/messages'
    applicationInsightsName: monitoring.outputs.applicationInsightsName
  }
}

@description('The bot\'s public host: the --host of the manifest packager (manifest/README.md).')
output botHost string = apps.outputs.botHost

@description('Client id of graph-sync\'s managed identity: the one an administrator grants Sites.Selected.')
output graphSyncClientId string = identities.outputs.graphSyncClientId

@description('Object id of graph-sync\'s managed identity\'s service principal, for the app role assignment.')
output graphSyncPrincipalId string = identities.outputs.graphSyncPrincipalId

output databaseHost string = database.outputs.host
output keyVaultName string = vault.outputs.vaultName
