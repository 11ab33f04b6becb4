--TEST--
Using a conditionally declared class before its if has run is a 'not found' Error.
--FILE--
<?php
try {
    $x = new Later;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
if (true) {
    class Later {}
}
var_dump(new Later);
--EXPECT--
Class "Later" not found
object(Later)#2 (0) {
}
