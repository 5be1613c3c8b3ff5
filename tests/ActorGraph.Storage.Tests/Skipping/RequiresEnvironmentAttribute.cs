namespace ActorGraph.Storage.Tests.Skipping;

/// <summary>
/// Marks a test class whose tests, inherited ones included, need an environment variable (a server's address): without it
/// every test of the class is reported skipped, with the variable and the reason in the skip message.
/// </summary>
/// <param name="variable">The environment variable that must be set.</param>
/// <param name="purpose">Why it is needed, shown after the variable's name.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class RequiresEnvironmentAttribute(string variable, string purpose) : Attribute
{
    /// <summary>The environment variable that must be set.</summary>
    public string Variable { get; } = variable;

    /// <summary>Why it is needed.</summary>
    public string Purpose { get; } = purpose;

    /// <summary>The skip message when the variable is missing, else null.</summary>
    public string? SkipReason => string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable))
        ? $"{Variable} is not set: {Purpose}"
        : null;
}
