--TEST--
Conditions use PHP truthiness
--FILE--
<?php
if ("0") echo "a"; else echo "A";
if ("0.0") echo "b"; else echo "B";
if ("") echo "c"; else echo "C";
if (0.0) echo "d"; else echo "D";
if (null) echo "e"; else echo "E";
if (" ") echo "f"; else echo "F";
if (-1) echo "g"; else echo "G";
echo "\n";
--EXPECT--
AbCDEfg
