using System.Globalization;
using Microsoft.Extensions.Options;

namespace ActorGraph.Server;

/// <summary>Checks every <c>Server:*</c> setting at start; each failure names the setting, its allowed range and the value found.</summary>
internal sealed class ServerOptionsValidator : IValidateOptions<ServerOptions>
{
    /// <summary>The shortest API key accepted: a guessable key is worse than none.</summary>
    public const int MinApiKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Store))
        {
            failures.Add($"{Key(nameof(options.Store))} must be a path (got an empty value)");
        }
        else if (options.Store.AsSpan().IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add($"{Key(nameof(options.Store))} contains characters not allowed in a path (got \"{options.Store}\")");
        }

        if (options.ApiKey is { Length: > 0 } key && (key.Length < MinApiKeyLength || key.Any(char.IsWhiteSpace)))
        {
            failures.Add($"{Key(nameof(options.ApiKey))} must be at least {MinApiKeyLength} characters without spaces (got {key.Length} characters)");
        }

        if (options.RefreshInterval < TimeSpan.FromMilliseconds(50) || options.RefreshInterval > TimeSpan.FromHours(1))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{Key(nameof(options.RefreshInterval))} must be between 00:00:00.050 and 01:00:00 (got {options.RefreshInterval:c})"));
        }

        Range(failures, nameof(options.MaxResults), options.MaxResults, 10, 100_000);
        Range(failures, nameof(options.MaxArticlesPerRequest), options.MaxArticlesPerRequest, 1, 10_000);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Key(string property) => $"{ServerOptions.SectionName}:{property}";

    private static void Range(List<string> failures, string property, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{Key(property)} must be between {min} and {max} (got {value})"));
        }
    }
}
