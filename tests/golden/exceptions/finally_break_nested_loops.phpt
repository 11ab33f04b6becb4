--TEST--
break 2 out of nested loops runs every finally being left, innermost first
--FILE--
<?php
foreach ([1, 2] as $a) {
    try {
        foreach (['x', 'y'] as $b) {
            try {
                echo "$a$b\n";
                if ($b == 'y') break 2;
            } finally {
                echo "inner finally $a$b\n";
            }
        }
    } finally {
        echo "outer finally $a\n";
    }
}
echo "done\n";
--EXPECT--
1x
inner finally 1x
1y
inner finally 1y
outer finally 1
done
