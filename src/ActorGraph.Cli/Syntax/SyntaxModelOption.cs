using System.CommandLine;
using ActorGraph.Syntax;

namespace ActorGraph.Cli.Syntax;

/// <summary>The <c>--syntax-model FILE</c> option: which model file to load instead of the shipped one.</summary>
internal static class SyntaxModelOption
{
    public static Option<FileInfo?> Create() => new("--syntax-model") { Description = $"Syntax model file (default: the shipped {SyntaxModel.DefaultPath})." };

    public static string PathOf(ParseResult parseResult, Option<FileInfo?> option) => parseResult.GetValue(option)?.FullName ?? SyntaxModel.DefaultPath;
}
