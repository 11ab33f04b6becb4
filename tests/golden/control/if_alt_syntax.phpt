--TEST--
if: elseif: else: endif;
--FILE--
<?php
$x = 2;
if ($x == 1):
    echo "one\n";
elseif ($x == 2):
    echo "two\n";
else:
    echo "other\n";
endif;
if ($x): ?>
inline when true
<?php endif;
--EXPECT--
two
inline when true
