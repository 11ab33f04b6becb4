--TEST--
The closing marker's indentation is removed from every line
--FILE--
<?php
echo <<<EOT
    four
      six
    four

    EOT;
echo "|\n";
--EXPECT--
four
  six
four
|
