// PostgreSQL Flexible Server for the forum store. Entra authentication is on for people (the Entra group below
// administers the server with tokens); the apps sign in with the server's own administrator login, whose password is in
// Key Vault, because the store's connection takes a password today (docs/operations.md, "Database").

param name string
param location string
param tags object
param tenantId string
param databaseName string

@secure()
param administratorPassword string

@description('{ objectId, displayName } of the Entra group that administers the server.')
param entraAdministrators object

@description('Burstable B1ms carries a district\'s forums; raise it for large fan-outs (docs/operations.md).')
param skuName string = 'Standard_B1ms'
param skuTier string = 'Burstable'

var administratorLogin = 'collaboration'

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: '${name}-db'
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuTier
  }
  properties: {
    version: '16'
    administratorLogin: administratorLogin
    administratorLoginPassword: administratorPassword
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      passwordAuth: 'Enabled'
      tenantId: tenantId
    }
    storage: {
      storageSizeGB: 32
      autoGrow: 'Enabled'
    }
    backup: {
      // Point-in-time restore for two weeks (docs/backup-restore.md).
      backupRetentionDays: 14
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
  }
}

resource entraAdministrator 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = {
  parent: server
  name: entraAdministrators.objectId
  properties: {
    principalType: 'Group'
    principalName: entraAdministrators.displayName
    tenantId: tenantId
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// The Container Apps environment has no fixed outbound address without a virtual network; this rule admits Azure's
// own addresses only (0.0.0.0 is Azure's convention for that), not the internet.
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: server
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

output host string = server.properties.fullyQualifiedDomainName
output administratorLogin string = administratorLogin
