// Namespaces that many files of this project open, listed once so that each file names only what is particular to it.
global using Collaboration.Manifest.Packaging;
global using Collaboration.Manifest.Validation;
global using System.IO.Compression;
global using System.Text.Json.Nodes;
global using Xunit;
