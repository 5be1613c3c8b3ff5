using System.CommandLine;

namespace ActorGraph.Cli;

/// <summary>Where the store is: <c>--store PATH</c>, else <c>$ACTORGRAPH_STORE</c>, else <c>actorgraph.db</c> in the current folder.</summary>
internal static class StoreLocation
{
    /// <summary>The environment variable that names the store when <c>--store</c> is not given.</summary>
    public const string EnvironmentVariable = "ACTORGRAPH_STORE";

    /// <summary>The store file used when neither the option nor the environment names one.</summary>
    public const string DefaultFileName = "actorgraph.db";

    /// <summary><c>--store PATH</c>, which every command that uses the store adds.</summary>
    public static readonly Option<string?> StoreOption = new("--store")
    {
        Description = $"The store file (default: ${EnvironmentVariable}, else {DefaultFileName} in the current folder).",
    };

    /// <summary>The full path of the store a parsed command line names.</summary>
    public static string Resolve(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return Resolve(parseResult.GetValue(StoreOption), Environment.GetEnvironmentVariable(EnvironmentVariable), Environment.CurrentDirectory);
    }

    /// <summary>The full path of the store: the option, else the environment value, else the default file; relative paths are taken from the current folder.</summary>
    public static string Resolve(string? option, string? environment, string currentFolder)
    {
        var chosen = !string.IsNullOrWhiteSpace(option) ? option
            : !string.IsNullOrWhiteSpace(environment) ? environment
            : DefaultFileName;
        return Path.GetFullPath(chosen, currentFolder);
    }
}
