--TEST--
Nowdoc keeps everything literally
--FILE--
<?php
$x = 42;
echo <<<'EOT'
x is $x {$x} \t \\ \n
EOT;
echo "|\n";
--EXPECT--
x is $x {$x} \t \\ \n|
