// Key Vault with the installation's secrets. Access by Azure RBAC, granted per secret: the bot reads its app password,
// the anonymity key and the database connection; graph-sync reads the database connection only, because it never
// needs the anonymity key (docs/privacy.md). Purge protection keeps a deleted key recoverable for 90 days: without the
// key, nobody can change an anonymous answer any more.

param name string
param location string
param tags object
param tenantId string

@secure()
param botAppPassword string
@secure()
param anonymitySecret string
@secure()
param databaseConnection string

param botPrincipalId string
param graphSyncPrincipalId string

// Built-in role "Key Vault Secrets User": read a secret's value, nothing else.
var secretsUserRole = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  // Vault names are global and at most 24 characters.
  name: take('${name}-kv-${uniqueString(resourceGroup().id)}', 24)
  location: location
  tags: tags
  properties: {
    tenantId: tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

resource botAppPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'bot-app-password'
  properties: {
    value: botAppPassword
  }
}

resource anonymitySecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'anonymity-secret'
  properties: {
    value: anonymitySecret
  }
}

resource databaseConnectionSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'forum-store-connection'
  properties: {
    value: databaseConnection
  }
}

resource botReadsPassword 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(botAppPasswordSecret.id, botPrincipalId, secretsUserRole)
  scope: botAppPasswordSecret
  properties: {
    roleDefinitionId: secretsUserRole
    principalId: botPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource botReadsAnonymityKey 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(anonymitySecretSecret.id, botPrincipalId, secretsUserRole)
  scope: anonymitySecretSecret
  properties: {
    roleDefinitionId: secretsUserRole
    principalId: botPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource botReadsConnection 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(databaseConnectionSecret.id, botPrincipalId, secretsUserRole)
  scope: databaseConnectionSecret
  properties: {
    roleDefinitionId: secretsUserRole
    principalId: botPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource graphSyncReadsConnection 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(databaseConnectionSecret.id, graphSyncPrincipalId, secretsUserRole)
  scope: databaseConnectionSecret
  properties: {
    roleDefinitionId: secretsUserRole
    principalId: graphSyncPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output vaultName string = vault.name

@description('Versionless secret URIs: a rotated secret reaches the apps at their next revision or restart.')
output secretUris object = {
  botAppPassword: botAppPasswordSecret.properties.secretUri
  anonymitySecret: anonymitySecretSecret.properties.secretUri
  databaseConnection: databaseConnectionSecret.properties.secretUri
}
