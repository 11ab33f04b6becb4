--TEST--
Complex {$var} interpolation
--FILE--
<?php
$name = "world";
echo "Hello {$name}!\n";
echo "{$name}{$name}\n";
echo "{ $name}\n";
echo "\{$name}\n";
echo "{\$name}\n";
--EXPECT--
Hello world!
worldworld
{ world}
\{world}
{$name}
