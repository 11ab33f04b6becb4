--TEST--
String increment: alphanumeric carry
--FILE--
<?php
$s = "a"; $s++; echo $s, " ";
$s = "z"; $s++; echo $s, " ";
$s = "Az"; $s++; echo $s, " ";
$s = "zz"; $s++; echo $s, " ";
$s = "Zz"; $s++; echo $s, " ";
$s = "a9"; $s++; echo $s, " ";
$s = "9z"; $s++; echo $s, " ";
$s = "-"; $s++; echo $s, "\n";
--EXPECT--
b aa Ba aaa AAa b0 10a -
