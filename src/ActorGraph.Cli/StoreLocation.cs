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

    /// <summary><c>--neo4j URI</c>: use the Neo4j server at this HTTP address instead of a store file; on every command.</summary>
    public static readonly Option<string?> Neo4jOption = new("--neo4j")
    {
        Description = "Use the Neo4j server at this HTTP address (http://localhost:7474) instead of a store file. Database, user, password or token come from Neo4j__Database, Neo4j__User, Neo4j__Password, Neo4j__Token.",
        Recursive = true,
    };

    /// <summary>The <c>Neo4j:*</c> settings when Neo4j is chosen (by <c>--neo4j</c> or <c>Neo4j__Uri</c>), else null.</summary>
    public static IReadOnlyDictionary<string, string?>? Neo4jSettings(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return Neo4jSettings(parseResult.GetValue(Neo4jOption), Environment.GetEnvironmentVariables());
    }

    /// <summary>The <c>Neo4j:*</c> settings from an option value and environment variables named <c>Neo4j__Key</c>, or null when no URI is given.</summary>
    public static IReadOnlyDictionary<string, string?>? Neo4jSettings(string? option, System.Collections.IDictionary environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (System.Collections.DictionaryEntry entry in environment)
        {
            var name = (string)entry.Key;
            if (name.StartsWith("Neo4j__", StringComparison.OrdinalIgnoreCase))
            {
                settings["Neo4j:" + name["Neo4j__".Length..]] = entry.Value as string;
            }
        }

        if (!string.IsNullOrWhiteSpace(option))
        {
            settings["Neo4j:Uri"] = option;
        }

        return settings.TryGetValue("Neo4j:Uri", out var uri) && !string.IsNullOrWhiteSpace(uri) ? settings : null;
    }

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
