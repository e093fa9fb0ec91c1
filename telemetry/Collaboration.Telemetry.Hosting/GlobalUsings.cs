// Namespaces that many files of this project open, listed once so that each file names only what is particular to it.
global using OpenTelemetry;
