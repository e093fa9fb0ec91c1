// Namespaces that many files of this project open, listed once so that each file names only what is particular to it.
global using Collaboration.Fakes.Graph;
global using Collaboration.Forums.Application;
global using Collaboration.Forums.Items;
global using Collaboration.Forums.Outbox;
global using Collaboration.Forums.Participants;
global using Collaboration.Forums.Ports;
global using Collaboration.Forums.Series;
global using Collaboration.GraphSync.Archive;
global using Collaboration.GraphSync.Tests.Support;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Time.Testing;
global using System.Text;
global using Xunit;
