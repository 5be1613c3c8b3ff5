using System.CommandLine;

namespace ActorGraph.Cli;

/// <summary>The <c>--format table|json</c> option of commands that print store contents.</summary>
internal static class OutputFormat
{
    /// <summary>A new <c>--format</c> option accepting <c>table</c> (the default) or <c>json</c>.</summary>
    public static Option<string> TableOrJson()
    {
        var option = new Option<string>("--format")
        {
            Description = "table (readable, the default) or json (for scripts).",
            DefaultValueFactory = _ => "table",
        };
        option.AcceptOnlyFromAmong("table", "json");
        return option;
    }

    /// <summary>Whether the parsed format is JSON.</summary>
    public static bool IsJson(this ParseResult parseResult, Option<string> format) =>
        parseResult?.GetValue(format) == "json";
}
