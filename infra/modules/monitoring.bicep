// Log Analytics and a workspace-based Application Insights: the OpenTelemetry export's destination (Azure Monitor)
// and where the runbook's alerts and dashboards query the metrics (docs/operations.md).

param name string
param location string
param tags object

@description('Days the logs and metrics are kept; 30 is the free retention of Log Analytics.')
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    // The app sends no personal data (telemetry contract); IP addresses are not collected either.
    DisableIpMasking: false
  }
}

output workspaceName string = workspace.name
output applicationInsightsName string = applicationInsights.name
