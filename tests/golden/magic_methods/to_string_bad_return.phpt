--TEST--
__toString returning null or an array is a TypeError naming the method
--FILE--
<?php
class N { function __toString() { return null; } }
class R { function __toString() { return []; } }
try { echo new N; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { echo "x" . new R; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class T { function __toString(): string { return "typed"; } }
echo new T, "\n";
--EXPECT--
N::__toString(): Return value must be of type string, null returned
R::__toString(): Return value must be of type string, array returned
typed
