// Namespaces that many files of this project open, listed once so that each file names only what is particular to it.
global using Collaboration.Fixtures;
global using Collaboration.Web.Tests.Browser.Support;
global using Collaboration.Web.Tests.Support;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Playwright;
global using System.Net;
global using System.Text.Json.Nodes;
