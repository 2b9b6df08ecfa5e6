using LivePeak.Cli;

// Colour and cursor control only when a person is watching: not into pipes or files, and never
// when NO_COLOR is set (https://no-color.org).
var interactive = !Console.IsOutputRedirected;
return LivePeakApp.Run(args, Console.Out, Console.Error, interactive);
