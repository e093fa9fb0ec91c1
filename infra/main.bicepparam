// Example: the forum series of a German district (Landkreis Musterkreis). Copy, change the names and ids, and give the
// three secrets as environment variables at deployment time; none of them is ever written into this file:
//   export COLLABORATION_BOT_APP_PASSWORD=...   (the bot's Entra app's client secret)
//   export COLLABORATION_ANONYMITY_SECRET=$(openssl rand -base64 32)   (once; back it up apart from the database)
//   export COLLABORATION_DATABASE_PASSWORD=$(openssl rand -base64 24)
using 'main.bicep'

param name = 'lk-musterkreis-forum'
param location = 'germanywestcentral'
param botAppId = '00000000-0000-0000-0000-000000000000'
param botAppPassword = readEnvironmentVariable('COLLABORATION_BOT_APP_PASSWORD')
param anonymitySecret = readEnvironmentVariable('COLLABORATION_ANONYMITY_SECRET')
param databaseAdministratorPassword = readEnvironmentVariable('COLLABORATION_DATABASE_PASSWORD')
param databaseEntraAdministrators = {
  objectId: '11111111-1111-1111-1111-111111111111'
  displayName: 'LK Musterkreis Forum DB-Admins'
}
param botImage = 'registry.musterkreis.example/collaboration/bot:1.0.0'
param graphSyncImage = 'registry.musterkreis.example/collaboration/graph-sync:1.0.0'
param archiveSiteId = 'musterkreis.sharepoint.com,22222222-2222-2222-2222-222222222222,33333333-3333-3333-3333-333333333333'
param archiveDriveId = 'b!example-drive-id-of-the-forum-archive-library'
param archiveListId = '44444444-4444-4444-4444-444444444444'
param moderatorIds = [
  '55555555-5555-5555-5555-555555555555'
]
param tags = {
  owner: 'Amt für Digitalisierung, Landkreis Musterkreis'
  costCentre: '10-4711'
}
