using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;
using ActorGraph.Core.Storage;
using ActorGraph.Query;
using ActorGraph.Query.Lookup;

namespace ActorGraph.Cli.Commands;

/// <summary>The filter options the graph query commands share, and the steps they all take: load, resolve, print.</summary>
internal static class QueryOptions
{
    /// <summary>JSON output keeps names in every script readable.</summary>
    public static readonly JsonWriterOptions Json = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A new <c>--types T,...</c> option: PLOVER types, comma-separated, any case.</summary>
    public static Option<PloverType[]?> Types() => new("--types")
    {
        Description = "Only these relation types, comma-separated (e.g. CONSULT,AGREE).",
        CustomParser = ParseTypes,
    };

    /// <summary>A new <c>--since DATE</c> option.</summary>
    public static Option<DateOnly?> Since() => DateOption("--since", "Only events on or after this date (YYYY-MM-DD).");

    /// <summary>A new <c>--until DATE</c> option.</summary>
    public static Option<DateOnly?> Until() => DateOption("--until", "Only events on or before this date (YYYY-MM-DD).");

    /// <summary>The relation filter the parsed options describe: the default filter narrowed by types and window.</summary>
    public static RelationFilter Filter(ParseResult parseResult, Option<PloverType[]?> types, Option<DateOnly?> since, Option<DateOnly?> until, bool directed = false)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return RelationFilter.Default with
        {
            Types = parseResult.GetValue(types),
            Since = parseResult.GetValue(since),
            Until = parseResult.GetValue(until),
            Directed = directed,
        };
    }

    /// <summary>Loads the graph, runs the body, and turns lookup failures and bad windows into one error line and exit code 1.</summary>
    public static Task<int> RunAsync(ParseResult parseResult, Func<IGraphReader, ActorGraphSnapshot, Task<int>> body, CancellationToken cancellationToken) =>
        StoreCommand.RunAsync(parseResult, createIfMissing: false, async store =>
        {
            var snapshot = await ActorGraphSnapshot.LoadAsync(store, cancellationToken).ConfigureAwait(false);
            try
            {
                return await body(store, snapshot).ConfigureAwait(false);
            }
            catch (ActorLookupException e)
            {
                return StoreCommand.Fail(e.Message);
            }
            catch (ArgumentException e) when (e.ParamName == "filter")
            {
                return StoreCommand.Fail(e.Message);
            }
        }, cancellationToken);

    /// <summary>Resolves what the user typed to an actor id.</summary>
    public static ActorId Resolve(ActorGraphSnapshot snapshot, string text) => snapshot.Lookup.Find(text).Id;

    /// <summary>Writes a summary edge's fields into the current JSON object.</summary>
    public static void WriteRelation(Utf8JsonWriter json, RelationSummary relation)
    {
        json.WriteString("source", relation.Source.Value);
        json.WriteString("target", relation.Target.Value);
        json.WriteString("type", relation.Type.ToName());
        json.WriteString("quad", relation.Type.Quad().ToName());
        json.WriteNumber("events", relation.EventCount);
        json.WriteNumber("articles", relation.ArticleCount);
        json.WriteString("first", Date(relation.FirstDate));
        json.WriteString("last", Date(relation.LastDate));
        json.WriteNumber("confidence", relation.MeanConfidence);
    }

    /// <summary>Writes an actor's id, name, kind and country into the current JSON object.</summary>
    public static void WriteActor(Utf8JsonWriter json, Actor actor)
    {
        json.WriteString("id", actor.Id.Value);
        json.WriteString("name", actor.Name);
        json.WriteString("kind", actor.Kind.ToName());
        json.WriteString("country", actor.Country);
    }

    /// <summary>Writes a JSON document to stdout.</summary>
    public static void PrintJson(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Json))
        {
            write(json);
        }

        Console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Option<DateOnly?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = r => r.Tokens.Count == 0 ? null
            : DateOnly.TryParseExact(r.Tokens[0].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : Fail<DateOnly?>(r, $"{name}: '{r.Tokens[0].Value}' is not a date (YYYY-MM-DD)"),
    };

    private static PloverType[]? ParseTypes(ArgumentResult result)
    {
        var types = new List<PloverType>();
        foreach (var token in result.Tokens)
        {
            foreach (var part in token.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Plover.TryParse(part, out var type))
                {
                    return Fail<PloverType[]?>(result,
                        $"--types: '{part}' is not a PLOVER type ({string.Join(", ", Plover.Types.Select(t => t.ToName()))})");
                }

                types.Add(type);
            }
        }

        return types.Count == 0 ? null : [.. types];
    }

    private static T Fail<T>(ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }
}
