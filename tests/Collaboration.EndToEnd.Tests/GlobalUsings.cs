// Namespaces that many files of this project open, listed once so that each file names only what is particular to it.
global using Collaboration.Browser;
global using Collaboration.EndToEnd.Tests.Playground;
global using Collaboration.EndToEnd.Tests.Stack;
global using Collaboration.Fakes.Processes;
global using Microsoft.Playwright;
