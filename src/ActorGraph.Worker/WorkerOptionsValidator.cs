using System.Globalization;
using Microsoft.Extensions.Options;

namespace ActorGraph.Worker;

/// <summary>Checks every <c>Worker:*</c> setting at start; each failure names the setting, its allowed range and the value found.</summary>
internal sealed class WorkerOptionsValidator : IValidateOptions<WorkerOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Path(failures, nameof(options.Inbox), options.Inbox);
        Path(failures, nameof(options.Store), options.Store);
        Range(failures, nameof(options.BatchSize), options.BatchSize, 1, 10_000);
        Range(failures, nameof(options.MaxFileBytes), options.MaxFileBytes, 1, 1L << 31);
        Range(failures, nameof(options.PollInterval), options.PollInterval, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1));
        Range(failures, nameof(options.SettleTime), options.SettleTime, TimeSpan.Zero, TimeSpan.FromHours(1));
        Range(failures, nameof(options.ClaimTimeout), options.ClaimTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        Range(failures, nameof(options.SummaryInterval), options.SummaryInterval, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        Range(failures, nameof(options.MaxRetryDelay), options.MaxRetryDelay, TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(1));
        Range(failures, nameof(options.MaxCrashAttempts), options.MaxCrashAttempts, 1, 100);
        Range(failures, nameof(options.ArticleTimeout), options.ArticleTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(1));
        Range(failures, nameof(options.ShutdownTimeout), options.ShutdownTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        if (!WorkerIds.IsValid(options.WorkerId ?? string.Empty))
        {
            failures.Add($"{Key(nameof(options.WorkerId))} must be 1 to {WorkerIds.MaxLength} letters, digits, '.', '_' or '-', not starting with '.' (got \"{options.WorkerId}\")");
        }

        foreach (var gazetteer in options.Gazetteers)
        {
            if (!File.Exists(gazetteer) && !Directory.Exists(gazetteer))
            {
                failures.Add($"{Key(nameof(options.Gazetteers))} names no existing gazetteer file or folder (got \"{gazetteer}\")");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Key(string property) => $"{WorkerOptions.SectionName}:{property}";

    private static void Path(List<string> failures, string property, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{Key(property)} must be a path (got an empty value)");
        }
        else if (value.AsSpan().IndexOfAny(System.IO.Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add($"{Key(property)} contains characters not allowed in a path (got \"{value}\")");
        }
    }

    private static void Range(List<string> failures, string property, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{Key(property)} must be between {min} and {max} (got {value})"));
        }
    }

    private static void Range(List<string> failures, string property, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{Key(property)} must be between {min:c} and {max:c} (got {value:c})"));
        }
    }
}
