--TEST--
Code may follow the closing marker on the same line
--FILE--
<?php
$s = <<<EOT
  a
  b
  EOT . "c";
echo $s, "\n";
echo strlen(<<<X
abc
X), "\n";
--EXPECT--
a
bc
3
