// The Azure Bot resource: single-tenant Entra app, the messaging endpoint on the bot's Container App, and the Teams
// channel. The Entra app registration itself is made by an administrator (manifest/README.md).

param name string
param tags object
param botAppId string
param tenantId string
param endpoint string
param applicationInsightsName string

@description('F0 is free and enough for a district (Teams is a standard channel); S1 lifts the premium-channel limits.')
@allowed([
  'F0'
  'S1'
])
param sku string = 'F0'

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot'
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: name
    endpoint: endpoint
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenantId
    developerAppInsightsApplicationId: applicationInsights.properties.AppId
    // Only the Teams channel; the Web Chat and Direct Line channels Azure adds stay unused.
    disableLocalAuth: false
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}
