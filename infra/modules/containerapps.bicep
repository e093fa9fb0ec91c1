// The Container Apps environment and the two apps. Both images run as UID 1654 and write nothing outside /app/data
// (bot) or at all (graph-sync); secrets come from Key Vault references resolved with each app's managed identity.
// Probes use the hosts' health endpoints: /health/live (process), /health/ready (database and outbox).

param name string
param location string
param tags object
param logAnalyticsWorkspaceName string
param applicationInsightsName string
param botIdentityId string
param graphSyncIdentityId string
param graphSyncClientId string
param secretUris object
param botImage string
param graphSyncImage string
param botMaxReplicas int
param botAppId string
param tenantId string
param archiveSiteId string
param archiveDriveId string
param archiveListId string
param moderatorIds array
param privacyAdministratorIds array

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {
  name: logAnalyticsWorkspaceName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${name}-apps'
  location: location
  tags: tags
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: workspace.properties.customerId
        sharedKey: workspace.listKeys().primarySharedKey
      }
    }
  }
}

var botAppName = '${name}-bot'
var botHost = '${botAppName}.${environment.properties.defaultDomain}'

var probes = [
  {
    type: 'Liveness'
    httpGet: {
      path: '/health/live'
      port: 8080
    }
    periodSeconds: 30
    failureThreshold: 3
  }
  {
    type: 'Readiness'
    httpGet: {
      path: '/health/ready'
      port: 8080
    }
    periodSeconds: 15
    failureThreshold: 4
  }
]

// Telemetry (docs/operations.md, "Dashboards"): the standard OpenTelemetry variables plus Azure Monitor's connection.
var telemetry = [
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: applicationInsights.properties.ConnectionString
  }
]

var store = [
  {
    name: 'ForumStore__Provider'
    value: 'Postgres'
  }
  {
    name: 'ForumStore__ConnectionString'
    secretRef: 'forum-store-connection'
  }
]

var moderatorSettings = [for (id, i) in moderatorIds: {
  name: 'Bot__ModeratorIds__${i}'
  value: id
}]

var privacySettings = [for (id, i) in privacyAdministratorIds: {
  name: 'Privacy__AdministratorIds__${i}'
  value: id
}]

resource botApp 'Microsoft.App/containerApps@2024-03-01' = {
  name: botAppName
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${botIdentityId}': {}
    }
  }
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      ingress: {
        external: true
        targetPort: 8080
        transport: 'auto'
        allowInsecure: false
      }
      secrets: [
        {
          name: 'bot-app-password'
          keyVaultUrl: secretUris.botAppPassword
          identity: botIdentityId
        }
        {
          name: 'anonymity-secret'
          keyVaultUrl: secretUris.anonymitySecret
          identity: botIdentityId
        }
        {
          name: 'forum-store-connection'
          keyVaultUrl: secretUris.databaseConnection
          identity: botIdentityId
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'bot'
          image: botImage
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
          probes: probes
          env: concat(store, telemetry, moderatorSettings, privacySettings, [
            {
              name: 'OTEL_SERVICE_NAME'
              value: 'collaboration-bot'
            }
            {
              name: 'Bot__MicrosoftAppId'
              value: botAppId
            }
            {
              name: 'Bot__MicrosoftAppType'
              value: 'SingleTenant'
            }
            {
              name: 'Bot__MicrosoftAppTenantId'
              value: tenantId
            }
            {
              name: 'Bot__MicrosoftAppPassword'
              secretRef: 'bot-app-password'
            }
            {
              name: 'Bot__AnonymitySecret'
              secretRef: 'anonymity-secret'
            }
            {
              name: 'Bot__PublicBaseUrl'
              value: 'https://${botHost}'
            }
          ])
          volumeMounts: [
            {
              volumeName: 'data'
              mountPath: '/app/data'
            }
            {
              volumeName: 'tmp'
              mountPath: '/tmp'
            }
          ]
        }
      ]
      volumes: [
        {
          name: 'data'
          storageType: 'EmptyDir'
        }
        {
          name: 'tmp'
          storageType: 'EmptyDir'
        }
      ]
      scale: {
        minReplicas: 1
        maxReplicas: botMaxReplicas
      }
    }
  }
}

resource graphSyncApp 'Microsoft.App/containerApps@2024-03-01' = {
  name: '${name}-graph-sync'
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${graphSyncIdentityId}': {}
    }
  }
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      // No ingress: graph-sync takes no requests; the platform's probes reach it inside the environment.
      secrets: [
        {
          name: 'forum-store-connection'
          keyVaultUrl: secretUris.databaseConnection
          identity: graphSyncIdentityId
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'graph-sync'
          image: graphSyncImage
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
          probes: probes
          env: concat(store, telemetry, [
            {
              name: 'OTEL_SERVICE_NAME'
              value: 'collaboration-graph-sync'
            }
            {
              name: 'GraphSync__Credential'
              value: 'ManagedIdentity'
            }
            {
              name: 'GraphSync__ClientId'
              value: graphSyncClientId
            }
            {
              name: 'GraphSync__SiteId'
              value: archiveSiteId
            }
            {
              name: 'GraphSync__DriveId'
              value: archiveDriveId
            }
            {
              name: 'GraphSync__ListId'
              value: archiveListId
            }
          ])
          volumeMounts: [
            {
              volumeName: 'tmp'
              mountPath: '/tmp'
            }
          ]
        }
      ]
      volumes: [
        {
          name: 'tmp'
          storageType: 'EmptyDir'
        }
      ]
      scale: {
        minReplicas: 1
        maxReplicas: 1
      }
    }
  }
}

output botHost string = botHost
