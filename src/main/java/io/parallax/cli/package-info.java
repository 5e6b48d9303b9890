/**
 * The command line: {@link io.parallax.cli.Main} and one picocli {@code Callable<Integer>} class per
 * subcommand. Commands parse arguments into typed configuration and call the public pipeline API;
 * they hold no analysis logic of their own.
 */
package io.parallax.cli;
