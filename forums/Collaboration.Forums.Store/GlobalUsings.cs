// Namespaces that many files of this project open, listed once so that each file names only what is particular to it.
global using Collaboration.Forums.Ports;
global using Collaboration.Forums.Store.Entities;
global using Collaboration.Forums.Store.Kept;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.EntityFrameworkCore.Metadata.Builders;
