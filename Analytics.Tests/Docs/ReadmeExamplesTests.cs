using System.Text;
using System.Text.RegularExpressions;
using LivePeak.Tests.Cli;
using NUnit.Framework;

namespace LivePeak.Tests.Docs;

/// <summary>
/// The README's examples are run as written: each <c>```console</c> block's <c>$ livepeak …</c>
/// command must succeed and print every line shown under it; each <c>livepeak …</c> line of a
/// <c>```sh</c> block that reads <c>data-samples</c> must succeed. A README that drifts from the
/// tool fails here.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class ReadmeExamplesTests
{
    private static string Folder => TestContext.CurrentContext.TestDirectory;

    private static string Readme => File.ReadAllText(Path.Combine(Folder, "README.md"));

    public static IEnumerable<TestCaseData> ConsoleExamples()
    {
        foreach (Match block in ConsoleBlock().Matches(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "README.md"))))
        {
            var lines = block.Groups[1].Value.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            var command = lines[0];
            Assert.That(command, Does.StartWith("$ livepeak "), "a console example starts with the command");
            var expected = lines.Skip(1).Where(l => l.Trim().Length > 0).ToList();
            yield return new TestCaseData(command[2..], expected).SetName("README: " + command[2..]);
        }
    }

    public static IEnumerable<TestCaseData> ShellExamples()
    {
        foreach (Match block in ShellBlock().Matches(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "README.md"))))
        {
            var text = block.Groups[1].Value.Replace("\\\n", " ", StringComparison.Ordinal);
            foreach (var line in text.Split('\n').Select(l => l.Trim()))
            {
                var start = line.IndexOf("-- ", StringComparison.Ordinal);
                var command = line.StartsWith("livepeak ", StringComparison.Ordinal) ? line
                    : line.StartsWith("dotnet run --project Analytics.Cli --", StringComparison.Ordinal) ? "livepeak " + line[(start + 3)..]
                    : null;
                if (command is not null && command.Contains("data-samples", StringComparison.Ordinal))
                {
                    yield return new TestCaseData(command).SetName("README: " + command);
                }
            }
        }
    }

    [TestCaseSource(nameof(ConsoleExamples))]
    public void Console_example_prints_what_the_README_shows(string command, List<string> expectedLines)
    {
        var run = RunInSampleFolder(command);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var output = Collapse(run.Output);
        Assert.Multiple(() =>
        {
            foreach (var line in expectedLines)
            {
                Assert.That(output, Does.Contain(Collapse(line)), $"README line not in the output of '{command}':\n{line}\n--- output ---\n{run.Output}");
            }
        });
    }

    [TestCaseSource(nameof(ShellExamples))]
    public void Shell_example_on_the_samples_succeeds(string command)
    {
        var run = RunInSampleFolder(command);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Is.Not.Empty);
    }

    [Test]
    public void README_shows_the_two_commands()
    {
        Assert.That(Readme, Does.Contain("dotnet run --project Analytics.Cli -- slots data-samples"));
        Assert.That(Readme, Does.Contain("dotnet test -c Release"));
    }

    private static CliRun RunInSampleFolder(string command)
    {
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Folder;
        try
        {
            return CliRun.Of([.. SplitArguments(command).Skip(1)]);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            var generated = Path.Combine(Folder, "generated");
            if (Directory.Exists(generated))
            {
                Directory.Delete(generated, recursive: true);
            }
        }
    }

    /// <summary>Splits a shell command line on spaces outside double quotes.</summary>
    internal static IEnumerable<string> SplitArguments(string command)
    {
        var current = new StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in command)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (any)
                {
                    yield return current.ToString();
                }

                current.Clear();
                any = false;
            }
            else
            {
                current.Append(c);
                any = true;
            }
        }

        if (any)
        {
            yield return current.ToString();
        }
    }

    private static string Collapse(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"```console\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ConsoleBlock();

    [GeneratedRegex(@"```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
