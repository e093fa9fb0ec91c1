// Namespaces that many files of this project open, listed once so that each file names only what is particular to it.
global using Collaboration.Forums.Ports;
global using Collaboration.GraphSync.Hosting;
global using Collaboration.Telemetry;
global using Microsoft.Extensions.Logging;
global using Microsoft.Extensions.Options;
global using System.Globalization;
