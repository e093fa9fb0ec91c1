// Namespaces that many files of this project open, listed once so that each file names only what is particular to it.
global using Collaboration.Bot.Cards;
global using Collaboration.Bot.Localization;
global using Collaboration.Bot.Tests.Integration.Support;
global using Collaboration.Bot.Wire;
global using Collaboration.Fakes.Cards;
global using Collaboration.Fakes.Connector;
global using Collaboration.Fakes.Postgres;
global using Collaboration.Fixtures;
global using Collaboration.Forums.Ports;
global using Microsoft.Extensions.DependencyInjection;
global using System.Net;
global using System.Text.Json.Nodes;
global using Xunit;
