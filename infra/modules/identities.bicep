// User-assigned managed identities: one for the bot (reads its Key Vault secrets), one for graph-sync (reads the
// database connection from Key Vault and calls Microsoft Graph). An administrator grants graph-sync's identity the
// Graph application permission Sites.Selected and write on the archive site; Bicep cannot (docs/operations.md).

param name string
param location string
param tags object

resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-bot-id'
  location: location
  tags: tags
}

resource graphSyncIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-graph-sync-id'
  location: location
  tags: tags
}

output botIdentityId string = botIdentity.id
output botPrincipalId string = botIdentity.properties.principalId
output graphSyncIdentityId string = graphSyncIdentity.id
output graphSyncPrincipalId string = graphSyncIdentity.properties.principalId
output graphSyncClientId string = graphSyncIdentity.properties.clientId
