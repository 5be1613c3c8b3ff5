using System.Globalization;
using System.Text.RegularExpressions;

namespace ActorGraph.Storage.Neo4j;

/// <summary>Where the Neo4j server is, which database to use and how to sign in; bound from the <c>Neo4j:*</c> settings.</summary>
/// <remarks>Give either <see cref="User"/> and <see cref="Password"/> (basic auth), or <see cref="Token"/> (bearer), or neither for a server with auth disabled.</remarks>
public sealed partial record Neo4jOptions
{
    /// <summary>The configuration section the settings live in.</summary>
    public const string Section = "Neo4j";

    /// <summary>The database used when none is configured.</summary>
    public const string DefaultDatabase = "neo4j";

    /// <summary>The HTTP address of the server: <c>http://localhost:7474</c>, or <c>https://xxxx.databases.neo4j.io</c> (port 443) for Aura.</summary>
    public required Uri Uri { get; init; }

    /// <summary>The database to query.</summary>
    public string Database { get; init; } = DefaultDatabase;

    /// <summary>The user for basic authentication.</summary>
    public string? User { get; init; }

    /// <summary>The password for basic authentication.</summary>
    public string? Password { get; init; }

    /// <summary>A bearer token (from the server's SSO provider), sent as given instead of a user and password.</summary>
    public string? Token { get; init; }

    /// <summary>How many times a request or transaction that failed with a <c>Neo.TransientError.*</c> is tried again.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>The wait before the first retry; each later retry waits twice as long, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest wait between two retries.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long one HTTP request may take before the server counts as unavailable (setting <c>Neo4j:RequestTimeoutSeconds</c>).
    /// Give the server the same <c>db.transaction.timeout</c>, so it stops a statement the client gave up on instead of
    /// running it on and holding the write lock.
    /// </summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>How many actors one read request covers when the store streams actors or relations.</summary>
    public int PageSize { get; init; } = 2000;

    /// <summary>The user name to show in messages: the user, a bearer token, or no authentication.</summary>
    public string Principal => Token is not null ? "a bearer token" : User ?? "no user (authentication disabled)";

    /// <summary>Reads the options from flat configuration keys such as <c>Neo4j:Uri</c> (case-insensitive), then validates them.</summary>
    /// <param name="settings">Key–value pairs, for example a dictionary or <c>IConfiguration.AsEnumerable()</c>.</param>
    /// <param name="section">The section holding the keys.</param>
    /// <exception cref="ArgumentException">A setting is missing or invalid; the message names it.</exception>
    public static Neo4jOptions FromConfiguration(IEnumerable<KeyValuePair<string, string?>> settings, string section = Section)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(section);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        string? Get(string name) => values.TryGetValue($"{section}:{name}", out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        var uriText = Get(nameof(Uri)) ?? throw new ArgumentException(
            $"{section}:Uri is not set: give the server's HTTP address, for example http://localhost:7474.", nameof(settings));
        if (!Uri.TryCreate(uriText, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException($"{section}:Uri '{uriText}' is not an absolute URI such as http://localhost:7474.", nameof(settings));
        }

        var options = new Neo4jOptions
        {
            Uri = uri,
            Database = Get(nameof(Database)) ?? DefaultDatabase,
            User = Get(nameof(User)),
            Password = values.TryGetValue($"{section}:{nameof(Password)}", out var password) && !string.IsNullOrEmpty(password) ? password : null,
            Token = Get(nameof(Token)),
        };
        if (Get("RequestTimeoutSeconds") is { } timeoutText)
        {
            options = options with
            {
                RequestTimeout = int.TryParse(timeoutText, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
                    ? TimeSpan.FromSeconds(seconds)
                    : throw new ArgumentException($"{section}:RequestTimeoutSeconds '{timeoutText}' is not a whole number of seconds above zero.", nameof(settings)),
            };
        }

        options.Validate(section);
        return options;
    }

    /// <summary>Every problem with these options, each naming its setting; empty when they are usable.</summary>
    public IReadOnlyList<string> GetValidationErrors(string section = Section)
    {
        var errors = new List<string>();
        if (Uri is null || !Uri.IsAbsoluteUri)
        {
            errors.Add($"{section}:Uri must be an absolute HTTP address such as http://localhost:7474.");
        }
        else if (Uri.Scheme is not ("http" or "https"))
        {
            errors.Add(Uri.Scheme.StartsWith("bolt", StringComparison.Ordinal) || Uri.Scheme.StartsWith("neo4j", StringComparison.Ordinal)
                ? $"{section}:Uri '{Uri}' is a Bolt address; ActorGraph uses the HTTP Query API: give http://host:7474, or https://host for Aura."
                : $"{section}:Uri '{Uri}' must use http or https.");
        }
        else if (!string.IsNullOrEmpty(Uri.Query) || !string.IsNullOrEmpty(Uri.Fragment) || !string.IsNullOrEmpty(Uri.UserInfo))
        {
            errors.Add($"{section}:Uri '{Uri}' must not carry a query, fragment or credentials: put them in {section}:User and {section}:Password.");
        }

        if (string.IsNullOrWhiteSpace(Database) || !DatabaseName().IsMatch(Database))
        {
            errors.Add($"{section}:Database '{Database}' is not a Neo4j database name (3 to 63 letters, digits, dots or dashes, starting with a letter).");
        }

        if (Token is not null && (User is not null || Password is not null))
        {
            errors.Add($"Set either {section}:Token or {section}:User and {section}:Password, not both.");
        }
        else if (Token is not null && string.IsNullOrWhiteSpace(Token))
        {
            errors.Add($"{section}:Token is blank.");
        }
        else if ((User is null) != (Password is null))
        {
            errors.Add(User is null
                ? $"{section}:Password is set but {section}:User is not."
                : $"{section}:User is set but {section}:Password is not.");
        }
        else if (User is not null && (string.IsNullOrWhiteSpace(User) || User.Contains(':', StringComparison.Ordinal)))
        {
            errors.Add($"{section}:User '{User}' must be non-blank and contain no colon.");
        }

        if (MaxRetries < 0)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{section}:MaxRetries must be zero or more, not {MaxRetries}."));
        }

        if (RetryDelay < TimeSpan.Zero || MaxRetryDelay < RetryDelay)
        {
            errors.Add($"{section}:RetryDelay must be zero or more and no longer than {section}:MaxRetryDelay.");
        }

        if (RequestTimeout <= TimeSpan.Zero && RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            errors.Add($"{section}:RequestTimeout must be positive.");
        }

        if (PageSize <= 0)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{section}:PageSize must be positive, not {PageSize}."));
        }

        return errors;
    }

    /// <summary>Throws when <see cref="GetValidationErrors"/> finds a problem.</summary>
    /// <exception cref="ArgumentException">The options are not usable; the message names every bad setting.</exception>
    public void Validate(string section = Section)
    {
        var errors = GetValidationErrors(section);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors));
        }
    }

    /// <summary>The options with the password and token hidden, safe to log.</summary>
    public override string ToString() =>
        $"Neo4jOptions {{ Uri = {Uri}, Database = {Database}, User = {User}, Password = {(Password is null ? "" : "***")}, Token = {(Token is null ? "" : "***")} }}";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9.-]{2,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatabaseName();
}
