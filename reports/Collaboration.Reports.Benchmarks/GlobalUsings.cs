// Namespaces that many files of this project open, listed once so that each file names only what is particular to it.
global using Collaboration.Reports.Benchmarks.Measuring;
global using System.Diagnostics;
global using System.Globalization;
global using System.Text.Json;
