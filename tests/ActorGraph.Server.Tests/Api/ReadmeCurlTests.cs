using System.Diagnostics;
using System.Text.Json;
using ActorGraph.Server.Tests.Support;

namespace ActorGraph.Server.Tests.Api;

/// <summary>The README's curl examples run as written against a server on loopback over the sample articles.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class ReadmeCurlTests(SampleStore samples)
{
    private const string DocumentedAddress = "http://127.0.0.1:5080";

    [Fact]
    public async Task Every_curl_example_in_the_readme_answers()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "README.md"))
            .Where(l => l.StartsWith($"curl -s '{DocumentedAddress}/", StringComparison.Ordinal))
            .ToList();
        Assert.True(lines.Count >= 4, "the README lost its curl examples");
        await using var server = await ServerHost.StartOnLoopbackAsync(samples.Copy());
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "actorgraph-server-tests", Guid.NewGuid().ToString("N"))).FullName;
        foreach (var line in lines)
        {
            // -f turns an HTTP error into a failing exit code.
            var command = line.Replace(DocumentedAddress, server.Address.ToString().TrimEnd('/'), StringComparison.Ordinal).Replace("curl -s ", "curl -sf ", StringComparison.Ordinal);
            var (code, output, error) = await RunAsync(folder, command);
            Assert.True(code == 0, $"{line}\nexit {code}: {error}");
            if (!line.Contains(" -o ", StringComparison.Ordinal))
            {
                using var json = JsonDocument.Parse(output);
                Assert.NotEqual(JsonValueKind.Undefined, json.RootElement.ValueKind);
            }
        }

        Assert.Contains("person/vladimir-putin", await File.ReadAllTextAsync(Path.Combine(folder, "putin.graphml")), StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string folder, string command)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
