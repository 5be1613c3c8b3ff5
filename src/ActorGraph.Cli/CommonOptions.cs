using System.CommandLine;
using System.Globalization;
using ActorGraph.Extraction.Input;

namespace ActorGraph.Cli;

/// <summary>Options that several commands share.</summary>
internal static class CommonOptions
{
    /// <summary><c>--published DATE</c>: the date for inputs that carry none.</summary>
    public static readonly Option<DateOnly?> Published = new("--published")
    {
        Description = "Publication date (YYYY-MM-DD) for inputs that carry none.",
        CustomParser = r => r.Tokens.Count == 0 ? null
            : DateOnly.TryParseExact(r.Tokens[0].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : Fail<DateOnly?>(r, $"--published: '{r.Tokens[0].Value}' is not a date (YYYY-MM-DD)"),
    };

    /// <summary><c>--gazetteer PATH</c>, repeatable: extra gazetteer files or folders.</summary>
    public static readonly Option<string[]> Gazetteer = new("--gazetteer")
    {
        Description = "Extra gazetteer file or folder (*.gaz); repeatable. Records extend the shipped ones with the same id.",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary><c>--syntax-model FILE</c>: the syntax model extraction parses with, instead of the shipped one.</summary>
    public static readonly Option<string?> SyntaxModel = new("--syntax-model")
    {
        Description = "Syntax model file extraction parses with (default: the shipped graph-seeds/models/en-ewt.syntax).",
    };

    /// <summary><c>--max-file-bytes N</c>: larger inputs are reported and skipped.</summary>
    public static readonly Option<long> MaxFileBytes = new("--max-file-bytes")
    {
        Description = "Inputs larger than this are reported as errors and skipped.",
        DefaultValueFactory = _ => ArticleInputOptions.DefaultMaxFileBytes,
    };

    /// <summary>A file reader honouring <c>--published</c> and <c>--max-file-bytes</c>, or null after an <c>error:</c> line when the limit is not positive.</summary>
    public static ArticleFileReader? Reader(ParseResult parseResult)
    {
        var maxFileBytes = parseResult.GetValue(MaxFileBytes);
        if (maxFileBytes < 1)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: --max-file-bytes must be at least 1 (got {maxFileBytes})"));
            return null;
        }

        return new(new ArticleInputOptions { DefaultPublished = parseResult.GetValue(Published), MaxFileBytes = maxFileBytes });
    }

    private static T Fail<T>(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }
}
