// Namespaces that many files of this project open, listed once so that each file names only what is particular to it.
global using Collaboration.Forums.Answers;
global using Collaboration.Forums.Participants;
global using Collaboration.Forums.Ports;
global using Collaboration.Forums.Series;
