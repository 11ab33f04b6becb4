--TEST--
A file without PHP tags is printed verbatim
--FILE--
Hello, world.
  Indented line; <b>markup</b> & symbols: $x {$y} \n
--EXPECT--
Hello, world.
  Indented line; <b>markup</b> & symbols: $x {$y} \n
