// Namespaces that many files of this project open, listed once so that each file names only what is particular to it.
global using Microsoft.AspNetCore.Http;
global using System.Diagnostics;
global using System.Globalization;
global using System.Text.Json;
