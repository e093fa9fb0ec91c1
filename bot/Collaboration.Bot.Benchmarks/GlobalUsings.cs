// Namespaces that many files of this project open, listed once so that each file names only what is particular to it.
global using Collaboration.Fakes.Teams;
global using Microsoft.AspNetCore.Hosting;
global using System.Diagnostics;
global using System.Globalization;
global using System.Net;
global using System.Net.Http.Headers;
global using System.Text;
