using System.Globalization;
using ActorGraph.Core.Events;
using ActorGraph.Query;
using Microsoft.AspNetCore.Http;

namespace ActorGraph.Server.Api;

/// <summary>Reads and checks a request's query parameters, collecting every problem so one answer lists them all.</summary>
internal sealed class QueryReader(IQueryCollection query)
{
    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);

    /// <summary>A text parameter, trimmed; null when absent or blank.</summary>
    public string? Text(string name)
    {
        var value = query[name].ToString().Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>A required text parameter.</summary>
    public string Required(string name)
    {
        var value = Text(name);
        if (value is null)
        {
            Fail(name, $"'{name}' is required.");
        }

        return value ?? "";
    }

    /// <summary>A whole number in [min, max], or the default when absent.</summary>
    public int Int(string name, int defaultValue, int min, int max)
    {
        var text = Text(name);
        if (text is null)
        {
            return defaultValue;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Fail(name, $"'{name}' must be a whole number from {min} to {max} (got '{text}').");
            return defaultValue;
        }

        return value;
    }

    /// <summary>A number in [min, max], or the default when absent.</summary>
    public double Double(string name, double defaultValue, double min, double max)
    {
        var text = Text(name);
        if (text is null)
        {
            return defaultValue;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Fail(name, string.Create(CultureInfo.InvariantCulture, $"'{name}' must be a number from {min} to {max} (got '{text}')."));
            return defaultValue;
        }

        return value;
    }

    /// <summary>A <c>true</c>/<c>false</c> flag, false when absent.</summary>
    public bool Flag(string name)
    {
        var text = Text(name);
        if (text is null)
        {
            return false;
        }

        if (!bool.TryParse(text, out var value))
        {
            Fail(name, $"'{name}' must be true or false (got '{text}').");
        }

        return value;
    }

    /// <summary>A date written YYYY-MM-DD, or null when absent.</summary>
    public DateOnly? Date(string name)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Fail(name, $"'{name}' must be a date written YYYY-MM-DD (got '{text}').");
            return null;
        }

        return date;
    }

    /// <summary>One of a fixed set of words (any case), or the default when absent.</summary>
    public string Choice(string name, string defaultValue, params string[] allowed)
    {
        var text = Text(name);
        if (text is null)
        {
            return defaultValue;
        }

        var match = allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            Fail(name, $"'{name}' must be one of {string.Join(", ", allowed)} (got '{text}').");
            return defaultValue;
        }

        return match;
    }

    /// <summary>PLOVER types, comma-separated or repeated, any case; null when absent.</summary>
    public PloverType[]? Types(string name = "types") =>
        List<PloverType>(name, Plover.TryParse, $"a PLOVER type ({string.Join(", ", Plover.Types.Select(t => t.ToName()))})");

    /// <summary>Modalities (asserted, future, hypothetical), comma-separated; null when absent.</summary>
    public Modality[]? Modalities(string name = "modality") =>
        List<Modality>(name, (string? text, out Modality m) => Enum.TryParse(text, ignoreCase: true, out m) && Enum.IsDefined(m), "asserted, future or hypothetical");

    /// <summary>The relation filter that <c>types</c>, <c>since</c>, <c>until</c>, <c>minEvents</c>, <c>modality</c> and <c>directed</c> describe.</summary>
    public RelationFilter Filter()
    {
        var (since, until) = Window();
        var filter = RelationFilter.Default with
        {
            Types = Types(),
            Since = since,
            Until = until,
            MinEvidence = Int("minEvents", 1, 1, 1_000_000),
            Directed = Flag("directed"),
        };
        return Modalities() is { } modalities ? filter with { Modalities = modalities } : filter;
    }

    /// <summary>The window <c>since</c> and <c>until</c> describe; either end may be open.</summary>
    public (DateOnly? Since, DateOnly? Until) Window()
    {
        var since = Date("since");
        var until = Date("until");
        if (since is { } s && until is { } u && s > u)
        {
            Fail("until", string.Create(CultureInfo.InvariantCulture, $"'until' ({u:yyyy-MM-dd}) is before 'since' ({s:yyyy-MM-dd})."));
        }

        return (since, until);
    }

    /// <summary>Records a problem with a parameter.</summary>
    public void Fail(string name, string message) =>
        errors[name] = errors.TryGetValue(name, out var previous) ? [.. previous, message] : [message];

    /// <summary>Throws one validation problem listing every parameter that was wrong.</summary>
    public void ThrowIfInvalid()
    {
        if (errors.Count > 0)
        {
            throw new ApiProblemException(
                StatusCodes.Status400BadRequest,
                "One or more query parameters are invalid.",
                string.Join(" ", errors.Values.SelectMany(v => v)),
                new Dictionary<string, object?> { ["errors"] = errors });
        }
    }

    private delegate bool Parser<T>(string? text, out T value);

    private T[]? List<T>(string name, Parser<T> parse, string expected)
    {
        var values = new List<T>();
        foreach (var item in query[name])
        {
            foreach (var part in (item ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (parse(part, out var value))
                {
                    values.Add(value);
                }
                else
                {
                    Fail(name, $"'{part}' is not {expected}.");
                }
            }
        }

        return values.Count == 0 ? null : [.. values];
    }
}
