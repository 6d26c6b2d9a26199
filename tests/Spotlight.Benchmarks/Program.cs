namespace Spotlight.Benchmarks;
public static class Program { public static int Main() => 0; }
